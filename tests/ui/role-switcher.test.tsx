import { fireEvent, render } from '@testing-library/react';
import { RoleSwitcher } from '@/components/role-switcher';
import { resetLocaleCache } from '@/i18n';
import { getDevIdentity, PERSONAS } from '@/services/dev-identity';
import { resetTaroStub } from './stubs/taro';

const option = (container: HTMLElement, persona: string): HTMLElement => {
  const found = container.querySelector<HTMLElement>(`.role-switcher__option--${persona}`);
  if (!found) throw new Error(`no option for ${persona}`);
  return found;
};

beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
  localStorage.clear();
  process.env.TARO_ENV = 'h5';
});

afterAll(() => {
  delete process.env.TARO_ENV;
});

test('renders the six personas with their labels, the current one marked active', () => {
  const { container } = render(<RoleSwitcher />);
  const options = container.querySelectorAll('.role-switcher__option');
  expect(options).toHaveLength(6);
  expect(PERSONAS.map((persona) => option(container, persona).textContent)).toEqual([
    '申请人',
    '创业团队',
    '用人单位',
    '驿站工作人员',
    '承办单位',
    '区人才办',
  ]);
  expect(container.querySelectorAll('.role-switcher__option--active')).toHaveLength(1);
  expect(option(container, 'demo-applicant').classList).toContain('role-switcher__option--active');
});

test('choosing a persona stores the identity, marks it active and calls onChange once', () => {
  const onChange = jest.fn();
  const { container } = render(<RoleSwitcher onChange={onChange} />);

  fireEvent.click(option(container, 'demo-operator'));

  expect(getDevIdentity()).toBe('demo-operator');
  expect(localStorage.getItem('dev.openId')).toBe('demo-operator');
  expect(onChange).toHaveBeenCalledTimes(1);
  expect(onChange).toHaveBeenCalledWith('demo-operator');
  expect(option(container, 'demo-operator').classList).toContain('role-switcher__option--active');
  expect(option(container, 'demo-applicant').classList).not.toContain('role-switcher__option--active');
});

test('choosing the persona already active does not reload', () => {
  const onChange = jest.fn();
  const { container } = render(<RoleSwitcher onChange={onChange} />);
  fireEvent.click(option(container, 'demo-applicant'));
  expect(onChange).not.toHaveBeenCalled();
});

test('the stored persona is the active one on the next render', () => {
  localStorage.setItem('dev.openId', 'demo-unit');
  const { container } = render(<RoleSwitcher />);
  expect(option(container, 'demo-unit').classList).toContain('role-switcher__option--active');
});

test('an unknown stored value falls back to the applicant', () => {
  localStorage.setItem('dev.openId', 'someone-else');
  expect(getDevIdentity()).toBe('demo-applicant');
});

test('renders nothing outside H5, where identity comes from WeChat', () => {
  process.env.TARO_ENV = 'weapp';
  const { container } = render(<RoleSwitcher />);
  expect(container.querySelector('.role-switcher')).toBeNull();
});
