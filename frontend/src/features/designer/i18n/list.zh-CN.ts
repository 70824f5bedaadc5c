// 设计器（list）的中文文案；键与 list.en-US.ts 完全一致（单元测试检查）。
export default {
  title: '流程设计',
}
