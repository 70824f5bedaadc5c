// 设计器（forms）的中文文案；键与 forms.en-US.ts 完全一致（单元测试检查）。
export default {
  title: '表单设计',
}
