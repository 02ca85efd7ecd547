/**
 * Rules every CSV cell obeys whatever its column: no invisible or control characters, no Excel error
 * values (#N/A, #REF!…), no placeholder dashes, and no start that a spreadsheet would run as a formula
 * (=, +, @, or - before something that is not a number). The published CSV files are opened in Excel
 * by the public, so a cell starting with `=` there would run; and an invisible character makes two
 * equal-looking ids differ.
 */
import { hint, problem, type Problem } from './issues.ts';

/** Names of the characters staff most often paste in without seeing them. */
const NAMED: Record<number, { zh: string; en: string }> = {
  0x00: { zh: '空字符 NUL', en: 'NUL' },
  0x09: { zh: '制表符', en: 'tab' },
  0x0b: { zh: '垂直制表符', en: 'vertical tab' },
  0x0c: { zh: '换页符', en: 'form feed' },
  0x1b: { zh: '转义符 ESC', en: 'escape' },
  0x7f: { zh: '删除符 DEL', en: 'delete' },
  0xad: { zh: '软连字符', en: 'soft hyphen' },
  0x180e: { zh: '蒙古文元音分隔符', en: 'Mongolian vowel separator' },
  0x200b: { zh: '零宽空格', en: 'zero-width space' },
  0x200c: { zh: '零宽不连字', en: 'zero-width non-joiner' },
  0x200d: { zh: '零宽连字', en: 'zero-width joiner' },
  0x200e: { zh: '从左到右标记', en: 'left-to-right mark' },
  0x200f: { zh: '从右到左标记', en: 'right-to-left mark' },
  0x2028: { zh: '行分隔符', en: 'line separator' },
  0x2029: { zh: '段落分隔符', en: 'paragraph separator' },
  0x2060: { zh: '零宽不换行空格', en: 'word joiner' },
  0xfeff: { zh: '字节顺序标记（零宽不换行空格）', en: 'byte-order mark (zero-width no-break space)' },
  0xfffd: { zh: '替换字符 �（编码损坏）', en: 'replacement character � (damaged encoding)' },
};

/** C0 controls except line breaks (a quoted cell may hold a line break), DEL, C1 controls, and invisible format characters. */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\ufffd]/g;

export function characterName(cp: number): { zh: string; en: string } {
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const n = NAMED[cp];
  if (n) return { zh: `${hex}（${n.zh}）`, en: `${hex} (${n.en})` };
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return { zh: `${hex}（控制字符）`, en: `${hex} (a control character)` };
  if (cp >= 0x202a && cp <= 0x202e) return { zh: `${hex}（文字方向控制符）`, en: `${hex} (a text-direction override)` };
  return { zh: `${hex}（不可见字符）`, en: `${hex} (an invisible character)` };
}

/** The first invisible or control character in a text, with its 1-based character position. */
export function firstInvisible(value: string): { cp: number; position: number } | undefined {
  INVISIBLE.lastIndex = 0;
  const m = INVISIBLE.exec(value);
  if (!m) return undefined;
  return { cp: m[0].codePointAt(0)!, position: [...value.slice(0, m.index)].length + 1 };
}

/** The text without its invisible and control characters. */
export function withoutInvisible(value: string): string {
  return value.replace(INVISIBLE, '');
}

export function invisibleProblem(value: string, where?: { zh: string; en: string }): Problem | null {
  const found = firstInvisible(value);
  if (!found) return null;
  const name = characterName(found.cp);
  const count = (value.match(INVISIBLE) ?? []).length;
  const fixed = value.replace(INVISIBLE, '');
  const more = count > 1 ? { zh: `（共 ${count} 个）`, en: ` (${count} in all)` } : { zh: '', en: '' };
  return problem(
    'cell.invisible-character',
    `${where?.zh ?? ''}第 ${found.position} 个字符是看不见的 ${name.zh}${more.zh}。`,
    `${where?.en ?? ''}Character ${found.position} is an invisible ${name.en}${more.en}.`,
    fixed.trim() === '' ? hint('删除这个字符（单元格里没有别的内容，应留空）。', 'Delete it (nothing else is in the cell, so leave it blank).') : hint(`删除它，改为 ${fixed.trim()}`, `Delete it: ${fixed.trim()}`),
  );
}

const EXCEL_ERRORS = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NULL!|NUM!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/i;

/** Placeholders for "no value" that must be a blank cell instead. */
const DASHES = /^[-－—–~～]+$/;

const NUMBER_LIKE = /^-\s*(\d|\.\d)/;

/** The problem with one raw cell that applies in every column, or null. */
export function cellSafetyProblem(raw: string): Problem | null {
  const invisible = invisibleProblem(raw);
  if (invisible) return invisible;
  const v = raw.trim();
  if (EXCEL_ERRORS.test(v)) {
    return problem('cell.excel-error', `“${v}”是 Excel 的错误值（公式出错），不是数据。`, `"${v}" is an Excel error value (a broken formula), not data.`, hint('在 Excel 中找到出错的公式，改为正确的数值（复制后“选择性粘贴 → 数值”）；没有数值就留空。', 'Fix the formula in Excel and paste the value (Paste Special → Values); leave the cell blank when there is no value.'));
  }
  if (DASHES.test(v)) {
    return problem('cell.placeholder', `“${v}”是占位符：没有数值时单元格应留空。`, `"${v}" is a placeholder: a cell with no value must be left blank.`, hint('清空这个单元格。', 'Empty the cell.'));
  }
  const first = v.charAt(0);
  if (first === '=' || first === '+' || first === '@' || (first === '-' && !NUMBER_LIKE.test(v))) {
    const rest = v.replace(/^[=+@\-\s]+/, '');
    const numberAfterPlus = first === '+' && /^(\d+(\.\d+)?|\.\d+)$/.test(rest);
    return problem(
      'cell.formula',
      `“${v}”以“${first}”开头：Excel 会把它当作公式执行，公开下载的表格里不允许。`,
      `"${v}" starts with "${first}": Excel would run it as a formula, which a published table must never contain.`,
      numberAfterPlus
        ? hint(`去掉加号：${rest}`, `Drop the plus sign: ${rest}`)
        : first === '+' && /^\d[\d\s-]*$/.test(rest)
          ? hint(`电话号码不写“+”：改为 00${rest}，或只写国内号码。`, `Write a phone number without "+": 00${rest}, or the domestic number only.`)
          : hint(rest ? `去掉开头的“${first}”，例如 ${rest}；需要时把它放到文字后面。` : '清空这个单元格。', rest ? `Remove the leading "${first}", e.g. ${rest}; move it after the text if it is needed.` : 'Empty the cell.'),
    );
  }
  return null;
}
