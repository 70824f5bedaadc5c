// The designer's (forms) English texts; keys mirror forms.zh-CN.ts exactly (a unit test checks it).
export default {
  title: 'Form design',
}
