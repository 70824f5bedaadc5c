// The designer's (editor) English texts; keys mirror editor.zh-CN.ts exactly (a unit test checks it).
export default {
  title: 'Edit process',
}
