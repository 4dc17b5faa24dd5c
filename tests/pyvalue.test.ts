// Expected values below were taken from CPython 3.11.
import {
  cloneData,
  getOr,
  hasKey,
  isPyList,
  isPyTuple,
  markPyTuple,
  pyCompare,
  pyContains,
  pyEquals,
  pyIsSpace,
  PyJsonError,
  pyJsonDumps,
  pyJsonLoads,
  pyKeys,
  pyNumber,
  pyStr,
  pyParseFloat,
  pyParseInt,
  pyStrip,
  pyTypeName,
  recordPyKeyOrder,
  setKey
} from '../src/engine/pyvalue.js';

describe('pyStrip / pyIsSpace', () => {
  it('strips what str.strip() strips, which is not what String.trim() strips', () => {
    expect(pyStrip('\x1c a \x85')).toBe('a');
    expect(pyStrip('\ufeff a')).toBe('\ufeff a');
    expect(pyStrip('\u3000\t a b \n\u2028')).toBe('a b');
    expect(pyStrip('')).toBe('');
  });

  it('classifies single characters like str.isspace()', () => {
    for (const ch of ['\x1f', '\x85', '\xa0', '\u2007', ' ']) expect(pyIsSpace(ch)).toBe(true);
    for (const ch of ['\ufeff', '\u200b', 'a', '', '  ']) expect(pyIsSpace(ch)).toBe(false);
  });
});

describe('pyParseInt', () => {
  test.each<[string, number | undefined]>([
    ['5', 5],
    [' 5 ', 5],
    ['+5', 5],
    ['-5', -5],
    ['007', 7],
    ['1_000', 1000],
    ['1__0', undefined],
    ['_1', undefined],
    ['1_', undefined],
    ['\u0661\u0662', 12],
    ['\uff13', 3],
    ['1.0', undefined],
    ['1e3', undefined],
    ['', undefined],
    ['  ', undefined],
    ['\x1c5', undefined],
    ['\xa05\u3000', 5],
    ['0x10', undefined],
    ['\u00b2', undefined],
    ['5\n', 5]
  ])('int(%j)', (text, expected) => {
    expect(pyParseInt(text)).toBe(expected);
  });

  it('gives a positive zero for -0', () => {
    expect(Object.is(pyParseInt('-0'), 0)).toBe(true);
  });

  it('refuses more than 4300 digits, as Python does', () => {
    expect(pyParseInt('1'.repeat(4300))).toBeDefined();
    expect(pyParseInt('1_'.repeat(4299) + '1')).toBeDefined();
    expect(pyParseInt('0'.repeat(4301))).toBeUndefined();
  });
});

describe('pyParseFloat', () => {
  test.each<[string, number | undefined]>([
    ['1.5', 1.5],
    ['.5', 0.5],
    ['5.', 5],
    ['.', undefined],
    ['-.5e-3', -0.0005],
    ['1_0.5', 10.5],
    ['1._5', undefined],
    ['1e3', 1000],
    ['inf', Infinity],
    ['-Infinity', -Infinity],
    ['+inf', Infinity],
    ['1.0e999', Infinity],
    ['\u0661.\u0665', 1.5],
    [' 2.5 ', 2.5],
    ['\x1c2.5', undefined],
    ['2.5x', undefined],
    ['1.5E+3', 1500],
    ['infinit', undefined]
  ])('float(%j)', (text, expected) => {
    expect(pyParseFloat(text)).toBe(expected);
  });

  it('reads nan in any case', () => {
    expect(pyParseFloat('nAn')).toBeNaN();
  });
});

describe('pyCompare', () => {
  test.each<[unknown, unknown, [boolean, boolean, boolean, boolean]]>([
    [true, 0, [false, false, true, true]],
    ['a', 'B', [false, false, true, true]],
    // Code point order: U+FFFF sorts before an astral character (UTF-16 order says the opposite).
    ['\uffff', '\u{1f600}', [true, true, false, false]],
    [
      [1, 2],
      [1, 3],
      [true, true, false, false]
    ],
    [[1], [1, 0], [true, true, false, false]],
    [
      [1, 'a'],
      [1, 'a'],
      [false, true, false, true]
    ]
  ])('%j against %j', (a, b, [lt, le, gt, ge]) => {
    expect([
      pyCompare(a, b, '<'),
      pyCompare(a, b, '<='),
      pyCompare(a, b, '>'),
      pyCompare(a, b, '>=')
    ]).toEqual([lt, le, gt, ge]);
  });

  test.each<[unknown, unknown]>([
    [1, 'a'],
    [null, null],
    [{}, {}],
    [
      [1, 'a'],
      [1, 2]
    ],
    ['1', [1]]
  ])('%j against %j is a TypeError', (a, b) => {
    expect(() => pyCompare(a, b, '<')).toThrow(TypeError);
  });
});

describe('pyJsonLoads', () => {
  it('accepts standard JSON and Python extras', () => {
    expect(pyJsonLoads(' {"a": [1, 2.5, null, true, false, "x\\u00e9"]} ')).toEqual({
      a: [1, 2.5, null, true, false, 'x\u00e9']
    });
    expect(pyJsonLoads('[NaN, Infinity, -Infinity]')).toEqual([NaN, Infinity, -Infinity]);
    expect(pyJsonLoads('{"a": 1, "a": 2}')).toEqual({ a: 2 });
    expect(Object.is(pyJsonLoads('-0'), 0)).toBe(true);
    expect(Object.is(pyJsonLoads('-0.0'), -0)).toBe(true);
    expect(pyJsonLoads('"\\ud800"')).toBe('\ud800');
  });

  test.each([
    '',
    '1 2',
    '01',
    '-',
    '1.',
    '.5',
    '[1,]',
    '{"a":1,}',
    'tru',
    '"a\x01"',
    '\ufeff1',
    '\x0b1',
    '-NaN',
    "{'a': 1}"
  ])('rejects %j', (text) => {
    expect(() => pyJsonLoads(text)).toThrow(PyJsonError);
  });
});

describe('pyNumber', () => {
  test.each<[number, string]>([
    [0, '0'],
    [-7, '-7'],
    [2 ** 53 - 1, '9007199254740991'],
    // Integers past 2**53 print their exact value, as Python's int does.
    [12345678901234567168, '12345678901234567168'],
    [-(2 ** 60), '-1152921504606846976'],
    [1e21, '1000000000000000000000'],
    [2.5, '2.5'],
    [1.5e-7, '1.5e-07'],
    [NaN, 'nan'],
    [-Infinity, '-inf']
  ])('%p → %s', (n, text) => {
    expect(pyNumber(n)).toBe(text);
  });
});

describe('pyJsonDumps', () => {
  test('lays out indented text like json.dumps(indent=2)', () => {
    const value = { a: [1, 2.5, { b: null, c: [] }], d: {}, e: 'é"\n', f: true };
    expect(pyJsonDumps(value, 2)).toBe(JSON.stringify(value, null, 2));
  });

  test('writes the literals Python writes for NaN and infinities, and exact big integers', () => {
    const value = { f: NaN, g: [Infinity, -Infinity], h: 12345678901234567168, i: 'x' };
    const text = pyJsonDumps(value, 2);
    expect(text).toBe(
      '{\n  "f": NaN,\n  "g": [\n    Infinity,\n    -Infinity\n  ],\n  "h": 12345678901234567168,\n  "i": "x"\n}'
    );
    expect(pyJsonLoads(text)).toEqual(value);
  });

  test('without an indent uses Python separators', () => {
    expect(pyJsonDumps({ a: [1, 'b'], c: {} })).toBe('{"a": [1, "b"], "c": {}}');
  });
});

describe('dict key order with integer-like keys', () => {
  // A JS object lists "10" and "2" before "b"; a Python dict keeps insertion order.
  test('json.loads order is kept for str() and json.dumps', () => {
    const data = pyJsonLoads('{"b": 1, "10": 2, "a": {"3": 0, "x": 1}, "2": 4, "b": 5}') as Record<
      string,
      unknown
    >;
    expect(pyKeys(data)).toEqual(['b', '10', 'a', '2']);
    expect(pyStr(data)).toBe("{'b': 5, '10': 2, 'a': {'3': 0, 'x': 1}, '2': 4}");
    expect(pyJsonDumps(data)).toBe('{"b": 5, "10": 2, "a": {"3": 0, "x": 1}, "2": 4}');
    expect(pyJsonDumps(data, 2)).toBe(
      '{\n  "b": 5,\n  "10": 2,\n  "a": {\n    "3": 0,\n    "x": 1\n  },\n  "2": 4\n}'
    );
  });

  test('keys added later come last, as Python appends them; removed keys are left out', () => {
    const data = pyJsonLoads('{"b": 1, "2": 2}') as Record<string, unknown>;
    data['1'] = 3;
    delete data.b;
    expect(pyKeys(data)).toEqual(['2', '1']);
  });

  test('objects without integer-like keys are unaffected', () => {
    expect(pyKeys(pyJsonLoads('{"b": 1, "a": 2, "01": 3}') as Record<string, unknown>)).toEqual([
      'b',
      'a',
      '01'
    ]);
  });
});

describe('dict keys named after Object members', () => {
  it('are absent until set, and set as ordinary keys', () => {
    const d: Record<string, unknown> = {};
    for (const key of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf']) {
      expect([hasKey(d, key), getOr(d, key, 'missing')]).toEqual([false, 'missing']);
    }
    setKey(d, '__proto__', { polluted: true });
    setKey(d, 'constructor', 1);
    expect(Object.getPrototypeOf(d)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(d)).toEqual(['__proto__', 'constructor']);
    expect(getOr(d, '__proto__', null)).toEqual({ polluted: true });
    expect(pyStr(d)).toBe("{'__proto__': {'polluted': True}, 'constructor': 1}");
    expect(pyJsonLoads('{"__proto__": 1, "toString": 2}')).toEqual(
      Object.defineProperty({ toString: 2 }, '__proto__', { value: 1, enumerable: true })
    );
  });
});

describe('tuples (from !!omap and !!pairs)', () => {
  const tuple = (...items: unknown[]): unknown[] => markPyTuple(items);

  it('render like str() of a tuple, at any depth', () => {
    expect(pyStr(tuple('a', 1))).toBe("('a', 1)");
    expect(pyStr(tuple('a'))).toBe("('a',)");
    expect(pyStr(tuple())).toBe('()');
    expect(pyStr([tuple('k', null), tuple(['x'], { y: true })])).toBe(
      "[('k', None), (['x'], {'y': True})]"
    );
    expect(pyStr(['a', 1])).toBe("['a', 1]");
  });

  it('are tuples to type(), isinstance(x, list) and ==, and lists to json.dumps', () => {
    expect(pyTypeName(tuple(1))).toBe('tuple');
    expect([isPyTuple(tuple(1)), isPyList(tuple(1)), isPyList([1]), isPyTuple([1])]).toEqual([
      true,
      false,
      true,
      false
    ]);
    expect(pyEquals(tuple('a', 1), ['a', 1])).toBe(false);
    expect(pyEquals(['a', 1], tuple('a', 1))).toBe(false);
    expect(pyEquals(tuple('a', 1), tuple('a', 1))).toBe(true);
    expect(pyContains([tuple('a', 1)], ['a', 1])).toBe(false);
    expect(pyContains([tuple('a', 1)], tuple('a', 1))).toBe(true);
    expect(pyJsonDumps([tuple('a', 1)])).toBe('[["a", 1]]');
  });

  it('stay tuples through cloneData, which also keeps key order, __proto__ keys and sharing', () => {
    const shared = { k: 1 };
    const dict: Record<string, unknown> = { b: tuple('x', shared), '2': shared };
    Object.defineProperty(dict, '__proto__', { value: 1, enumerable: true, writable: true });
    recordPyKeyOrder(dict, ['b', '2', '__proto__']);
    const copy = cloneData(dict);
    expect(copy).not.toBe(dict);
    expect(pyStr(copy)).toBe("{'b': ('x', {'k': 1}), '2': {'k': 1}, '__proto__': 1}");
    expect(isPyTuple(copy.b)).toBe(true);
    expect((copy.b as unknown[])[1]).toBe(copy['2']);
    expect(copy['2']).not.toBe(shared);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
  });
});
