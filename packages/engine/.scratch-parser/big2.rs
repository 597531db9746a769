/// A doc comment
struct S<'a, T: 'a + Clone> { r: &'a T }
impl<'a, T: Clone> S<'a, T> where Self: Sized { fn get(&self) -> &'a T { self.r } }
trait Tr { type Item; fn make() -> Self::Item; fn g<U: Default>(&self, u: U) -> U { U::default() } }
fn consts() -> (i32, u8, f64) { (i32::MAX, u8::from(3u8), std::f64::consts::PI) }
fn main() {
    #[allow(unused_variables)]
    let x = 1;
    let b = Box::<i32>::new(5);
    let vv = Vec::<Vec<i32>>::with_capacity(3);
    let f: fn(i32) -> i32 = double;
    let add = |x: i32| move |y: i32| x + y;
    let r = (1..=10).rev().map(|i| { if i > 5 { return 0; } i }).collect::<Vec<_>>();
    let e: [i32; 0] = [];
    let p = &mut *vv.clone();
    match x { 0 => {}, 1 => { println!("one") } _ => return, }
    if x > 1 {} else if let Some(y) = Some(2) { println!("{}", y); }
    let s = S { r: &x };
    let S { .. } = s;
    let d: Box<dyn std::error::Error + Send + Sync> = "x".into();
    let c = x.clamp(0, 10).pow(2) as usize;
    let txt = "tab\there \u{2764} \\ end";
    let v = [1, 2, 3].iter().fold(0, |acc, &n| acc + n);
    let w = if let [first, ..] = [1, 2][..] { first } else { 0 };
    let z = matches!(x, 1..=5);
    let k = &b as &i32;
    let chained = x.checked_add(1).and_then(|v| v.checked_mul(2)).unwrap_or_default();
}
fn double(x: i32) -> i32 { x * 2 }
