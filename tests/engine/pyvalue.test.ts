import {
  findKeyName,
  getOr,
  hasKey,
  isDict,
  isPyList,
  isPyTuple,
  markPyTuple,
  pyCompare,
  pyContains,
  pyEquals,
  PyFloat,
  pyIsSpace,
  pyJsonDumps,
  PyJsonDepthError,
  PyJsonError,
  pyJsonLoads,
  pyKeyName,
  pyKeyOf,
  pyKeys,
  pyNumber,
  pyParseFloat,
  pyParseInt,
  pyStr,
  pyStrip,
  pyTruthy,
  pyTypeName,
  recordPyKeyOrder,
  setKey,
  standardJson
} from '../../src/engine/pyvalue.js';

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
      a: [1, new PyFloat(2.5), null, true, false, 'x\u00e9']
    });
    expect(pyJsonLoads('[NaN, Infinity, -Infinity]')).toEqual([
      new PyFloat(NaN),
      new PyFloat(Infinity),
      new PyFloat(-Infinity)
    ]);
    expect(pyJsonLoads('{"a": 1, "a": 2}')).toEqual({ a: 2 });
    expect(Object.is(pyJsonLoads('-0'), 0)).toBe(true);
    expect(pyJsonLoads('-0.0')).toEqual(new PyFloat(-0));
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
    const value = {
      f: new PyFloat(NaN),
      g: [new PyFloat(Infinity), new PyFloat(-Infinity)],
      h: 12345678901234567168n,
      i: 'x'
    };
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

describe("Python's number types", () => {
  const f = (n: number): PyFloat => new PyFloat(n);

  test('str() of floats shows them as floats, ints exactly', () => {
    expect(
      [f(1), f(-0), f(1e16), f(100), f(1.5), f(1e-5), f(NaN), f(-Infinity)].map(pyStr)
    ).toEqual(['1.0', '-0.0', '1e+16', '100.0', '1.5', '1e-05', 'nan', '-inf']);
    expect(pyStr(12345678901234567891n)).toBe('12345678901234567891');
    expect(pyStr([f(2), 3, { k: f(0.5) }])).toBe("[2.0, 3, {'k': 0.5}]");
  });

  test('== and ordering compare ints and floats exactly, at any size', () => {
    expect(pyEquals(f(1), 1)).toBe(true);
    expect(pyEquals(f(1), true)).toBe(true);
    expect(pyEquals(f(-0), 0)).toBe(true);
    expect(pyEquals(f(NaN), f(NaN))).toBe(false);
    // 2**53 + 1 is no double: Python does not round it to compare.
    expect(pyEquals(9007199254740993n, f(9007199254740992))).toBe(false);
    expect(pyCompare(9007199254740993n, f(9007199254740992), '>')).toBe(true);
    expect(pyEquals(2n ** 60n, f(2 ** 60))).toBe(true);
    expect(pyCompare(2n ** 60n, f(2 ** 60 + 2 ** 10), '<')).toBe(true);
    expect(pyCompare(-(2n ** 60n), f(-Infinity), '>')).toBe(true);
    expect(pyCompare(2n ** 60n, f(NaN), '<')).toBe(false);
    expect(pyCompare(2n ** 60n, f(NaN), '>=')).toBe(false);
    expect(pyCompare(10n ** 20n, f(1e20 + 0.5), '<=')).toBe(true);
  });

  test('truthiness of floats: 0.0 and -0.0 are false, NaN is true', () => {
    expect([f(0), f(-0), f(NaN), f(0.1)].map(pyTruthy)).toEqual([false, false, true, true]);
  });

  test('a float is neither a dict nor a JS number', () => {
    expect(isDict(f(1))).toBe(false);
    expect(pyTypeName(f(1))).toBe('float');
    expect(pyTypeName(2n ** 70n)).toBe('int');
  });

  test('json round trip keeps floats floats and ints exact', () => {
    const text = '{"a": 2.0, "b": -0.0, "c": 1e16, "d": 123456789012345678901234567890, "e": 5}';
    const data = pyJsonLoads(text);
    expect(data).toEqual({
      a: f(2),
      b: f(-0),
      c: f(1e16),
      d: 123456789012345678901234567890n,
      e: 5
    });
    expect(pyJsonDumps(data)).toBe(
      '{"a": 2.0, "b": -0.0, "c": 1e+16, "d": 123456789012345678901234567890, "e": 5}'
    );
    expect(pyJsonDumps(data, 2)).toContain('"a": 2.0,');
  });

  test('json.loads refuses ints longer than 4300 digits, as Python does', () => {
    expect(() => pyJsonLoads('1'.repeat(4301))).toThrow(PyJsonError);
    expect(pyJsonLoads('9'.repeat(4300))).toBe(BigInt('9'.repeat(4300)));
  });

  test('standard JSON for other programs: floats as floats, NaN as null, exact ints', () => {
    expect(
      standardJson({ a: f(2), b: f(NaN), c: 2n ** 64n, d: undefined, e: [f(-Infinity)] })
    ).toBe('{"a":2.0,"b":null,"c":18446744073709551616,"e":[null]}');
    expect(standardJson({ a: 1 }, 2)).toBe(JSON.stringify({ a: 1 }, null, 2));
  });
});

describe('dict keys that are not strings', () => {
  const dict: Record<string, unknown> = {};
  dict[pyKeyName(1)] = 'int';
  dict['1'] = 'str';
  dict[pyKeyName(null)] = 'none';
  dict[pyKeyName(true)] = 'bool';
  dict[pyKeyName(new PyFloat(1.5))] = 'float';
  recordPyKeyOrder(dict, [
    pyKeyName(1),
    '1',
    pyKeyName(null),
    pyKeyName(true),
    pyKeyName(new PyFloat(1.5))
  ]);

  test('render unquoted with str(), apart from the str key with the same text', () => {
    expect(pyStr(dict)).toBe("{1: 'int', '1': 'str', None: 'none', True: 'bool', 1.5: 'float'}");
  });

  test('json.dump spells them as Python does', () => {
    expect(pyJsonDumps(dict)).toBe(
      '{"1": "int", "1": "str", "null": "none", "true": "bool", "1.5": "float"}'
    );
    expect(pyJsonDumps({ [pyKeyName(new PyFloat(Infinity))]: 0 }, 2)).toBe('{\n  "Infinity": 0\n}');
  });

  test('are found as Python finds them: equal numbers are one key', () => {
    expect(findKeyName(dict, 1)).toBe(pyKeyName(1));
    expect(findKeyName(dict, new PyFloat(1))).toBe(pyKeyName(1));
    expect(findKeyName(dict, '1')).toBe('1');
    expect(findKeyName(dict, 2)).toBeUndefined();
    expect(pyContains(dict, null)).toBe(true);
    expect(pyContains(dict, new PyFloat(1.5))).toBe(true);
    expect(() => pyContains(dict, [1])).toThrow(TypeError);
  });

  test('names decode to the keys they hold', () => {
    for (const key of [
      1,
      null,
      true,
      false,
      new PyFloat(1.5),
      new PyFloat(2),
      2n ** 70n,
      'x',
      '\0x'
    ]) {
      expect(pyKeyOf(pyKeyName(key))).toEqual(key);
    }
    expect(pyKeyName('\0True')).not.toBe(pyKeyName(true));
  });

  test('compare equal across spellings of equal numbers', () => {
    expect(pyEquals({ [pyKeyName(1)]: 'a' }, { [pyKeyName(new PyFloat(1))]: 'a' })).toBe(true);
    expect(pyEquals({ [pyKeyName(1)]: 'a' }, { '1': 'a' })).toBe(false);
  });
});

describe('identity inside containers', () => {
  test('a container holding one NaN object equals itself, as in Python', () => {
    const list = pyJsonLoads('[1, NaN]') as unknown[];
    expect(pyEquals(list, list)).toBe(true);
    expect(pyEquals(list[1], list[1])).toBe(false); // a bare nan is never equal
    expect(pyContains(list, list[1])).toBe(true);
    expect(pyEquals(list, [1, new PyFloat(NaN)])).toBe(false); // another NaN object
    expect(pyCompare(list, list, '<=')).toBe(true);
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
});

describe('json.loads depth', () => {
  test("nesting past Python's recursion limit is no decode error, as in Python", () => {
    expect(pyJsonLoads('['.repeat(900) + ']'.repeat(900))).toBeDefined();
    expect(() => pyJsonLoads('['.repeat(5000) + ']'.repeat(5000))).toThrow(PyJsonDepthError);
    expect(() => pyJsonLoads('['.repeat(5000) + ']'.repeat(5000))).not.toThrow(PyJsonError);
  });
});

describe('json.dumps of a value that contains itself', () => {
  test('is refused with a message that says so, as Python refuses it', () => {
    const steps: Record<string, unknown> = { a: { output: {} } };
    steps.fi = { output: { all: steps } };
    expect(() => pyJsonDumps(steps, 2)).toThrow(/circular reference/);
    expect(() => pyJsonDumps(steps)).toThrow(/circular reference/);
  });
});
