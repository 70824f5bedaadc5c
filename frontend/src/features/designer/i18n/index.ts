// The designer's texts, one file per part so each part of the designer owns its own words.
import listZh from './list.zh-CN'
import listEn from './list.en-US'
import editorZh from './editor.zh-CN'
import editorEn from './editor.en-US'
import formsZh from './forms.zh-CN'
import formsEn from './forms.en-US'

export const designerZhCN = { list: listZh, editor: editorZh, forms: formsZh }
export const designerEnUS = { list: listEn, editor: editorEn, forms: formsEn }
