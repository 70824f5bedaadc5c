// 设计器（editor）的中文文案；键与 editor.en-US.ts 完全一致（单元测试检查）。
export default {
  title: '编辑流程',
}
