// 检查（@camunda/linting、bpmnlint）消息的中文。Many messages are built from templates such as
// "A <User Task> must have a defined <Form>": the common shapes are matched by pattern and their
// <names> translated one by one; a name we do not know stays in English.

const NAMES: Record<string, string> = {
  Process: '流程',
  'User Task': '用户任务',
  'Service Task': '服务任务',
  'Script Task': '脚本任务',
  'Send Task': '发送任务',
  'Receive Task': '接收任务',
  'Business Rule Task': '业务规则任务',
  'Manual Task': '手工任务',
  Task: '任务',
  'Call Activity': '调用活动',
  'Sub Process': '子流程',
  'Event Sub Process': '事件子流程',
  'Start Event': '开始事件',
  'End Event': '结束事件',
  'Error End Event': '错误结束事件',
  'Error Start Event': '错误开始事件',
  'Error Boundary Event': '错误边界事件',
  'Message Start Event': '消息开始事件',
  'Timer Start Event': '定时开始事件',
  'Timer Intermediate Catch Event': '定时器事件',
  'Timer Boundary Event': '定时边界事件',
  'Intermediate Catch Event': '中间捕获事件',
  'Intermediate Throw Event': '中间抛出事件',
  'Boundary Event': '边界事件',
  'Exclusive Gateway': '排他网关',
  'Inclusive Gateway': '包容网关',
  'Parallel Gateway': '并行网关',
  'Event-based Gateway': '事件网关',
  'Sequence Flow': '顺序流',
  'Sequence Flows': '顺序流',
  'Ad Hoc Sub Process': '自由子流程',
  Form: '表单',
  'Form ID': '表单编号',
  'Form key': '表单键',
  'Form type: Camunda Form': '表单类型：Camunda 表单',
  'Form type: Camunda form (linked)': '表单类型：Camunda 表单（链接）',
  Implementation: '实现方式',
  Name: '名称',
  'Condition expression': '条件表达式',
  'History time to live': '历史保留时长',
  'Called element': '被调用流程',
  'Input collection': '输入集合',
  'Multi-instance marker': '多实例标记',
  'Error Reference': '错误引用',
  'Error code': '错误代码',
  'Message Reference': '消息引用',
  'Signal Reference': '信号引用',
  'Escalation Reference': '升级引用',
  'Escalation code': '升级代码',
  'Timer type': '定时器类型',
  'Timer value': '定时器值',
  'Time cycle': '时间周期',
  'Time date': '时间日期',
  'Time duration': '持续时间',
  'Due date': '到期时间',
  'Follow up date': '跟进时间',
  Priority: '优先级',
  Executable: '可执行',
  'Output collection': '输出集合',
  'Output element': '输出元素',
}

const name = (text: string) => NAMES[text] ?? text
const quoted = (text: string) => `“${name(text)}”`

const EXACT: Record<string, string> = {
  'One <Process> must be <Executable>': '必须有一个“流程”设为“可执行”',
  'A <Process> must be <Executable>': '“流程”必须设为“可执行”',
  'Element is missing label/name': '元素缺少名称',
  'Element is missing name': '元素缺少名称',
  'Element is not connected': '元素没有连线',
  'Element is an implicit end': '元素是隐式结束（没有出口连线）',
  'Element is an implicit start': '元素是隐式开始（没有入口连线）',
  'Element is missing bpmndi': '元素缺少图形信息',
  'Element is outside of parent boundary': '元素超出了所在容器的边界',
  'Element is unused': '元素未被使用',
  'Element name is not unique': '元素名称重复',
  'Element overlaps with other element': '元素与其他元素重叠',
  'Sequence flow is missing condition': '顺序流缺少条件',
  'Duplicate incoming sequence flows': '重复的入口连线',
  'Duplicate outgoing sequence flows': '重复的出口连线',
  'SequenceFlow is a duplicate': '顺序流重复',
  'Flow splits implicitly': '流程隐式分叉（请使用网关）',
  'Incoming flows do not join': '多条入口连线没有汇合（请使用网关）',
  'Gateway forks and joins': '网关同时分叉和汇合',
  'Gateway is superfluous. It only has one source and target.':
    '网关多余：只有一个来源和一个目标。',
  'Start event must be blank': '开始事件必须是空白开始事件',
  'Start event is missing event definition': '开始事件缺少事件定义',
  'Termination is superfluous.': '终止事件多余。',
  'Event has multiple event definitions': '事件有多个事件定义',
  'Conditional event is missing a condition': '条件事件缺少条件',
  'Link event is missing link name': '链接事件缺少链接名称',
  'Sequence flow has superfluous label': '顺序流的标签多余',
  // a process without camunda:historyTimeToLive (e.g. deployed from Camunda Modeler without it)
  'Property <historyTimeToLive> should be configured on <bpmn:Process> or engine level.':
    '应在“流程”或引擎上设置“历史保留时长”。',
}

const PATTERNS: [RegExp, (...groups: string[]) => string][] = [
  [
    /^An? <([^>]+)> with <([^>]+)> must have a defined <([^>]+)>$/,
    (type, condition, property) =>
      `设置了${quoted(condition)}的${quoted(type)}必须设置${quoted(property)}`,
  ],
  [
    /^An? <([^>]+)> with <([^>]+)> and defined <([^>]+)> must have a defined <([^>]+)>$/,
    (type, a, b, property) =>
      `设置了${quoted(a)}和${quoted(b)}的${quoted(type)}必须设置${quoted(property)}`,
  ],
  [
    /^An? <([^>]+)> with defined <([^>]+)> must have a defined <([^>]+)>$/,
    (type, a, property) => `设置了${quoted(a)}的${quoted(type)}必须设置${quoted(property)}`,
  ],
  [
    /^An? <([^>]+)> must have a defined <([^>]+)> or be the default <([^>]+)>$/,
    (type, property, flow) =>
      `${quoted(type)}必须设置${quoted(property)}，或设为默认${quoted(flow)}`,
  ],
  [
    /^An? <([^>]+)> must have a defined <([^>]+)>$/,
    (type, property) => `${quoted(type)}必须设置${quoted(property)}`,
  ],
  [
    /^An? <([^>]+)> should have a defined <([^>]+)>$/,
    (type, property) => `${quoted(type)}应当设置${quoted(property)}`,
  ],
  [
    /^An? <([^>]+)> must have a unique <([^>]+)>$/,
    (type, property) => `${quoted(type)}的${quoted(property)}必须唯一`,
  ],
  [
    /^An? <([^>]+)> with more than one incoming <([^>]+)> is not supported by (.+)$/,
    (type, flow, platform) => `${platform} 不支持有多条入口${quoted(flow)}的${quoted(type)}`,
  ],
  [
    /^An? <([^>]+)> is not supported by (.+)$/,
    (type, platform) => `${platform} 不支持${quoted(type)}`,
  ],
  [
    /^(.+) is only supported by (.+) or newer$/,
    (what, platform) => `${translateLintMessage(what)} 需要 ${platform} 或更新版本`,
  ],
  [
    /^(.+) is not supported by (.+)$/,
    (what, platform) => `${platform} 不支持 ${translateLintMessage(what)}`,
  ],
  [
    /^An? <([^>]+)> <([^>]+)> must be (.+)$/,
    (type, property, rest) => `${quoted(type)}的${quoted(property)}格式不正确（${rest}）`,
  ],
  [/^An? <([^>]+)> with <([^>]+)>$/, (type, detail) => `设置了${quoted(detail)}的${quoted(type)}`],
  [/^An? <([^>]+)>$/, (type) => quoted(type)],
]

/** The Chinese text of a lint message, or null when it has no known shape. */
export function lintMessageZh(message: string): string | null {
  if (EXACT[message]) return EXACT[message]
  for (const [pattern, render] of PATTERNS) {
    const match = pattern.exec(message)
    if (match) return render(...match.slice(1))
  }
  return null
}

function translateLintMessage(text: string): string {
  return lintMessageZh(text) ?? text
}
