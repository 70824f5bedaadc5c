// The designer's (list) English texts; keys mirror list.zh-CN.ts exactly (a unit test checks it).
export default {
  title: 'Process design',
}
