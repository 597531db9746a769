use std::collections::*;
use std::rc::Rc;
use std::cell::RefCell;
fn t<T>(_: &T) -> &'static str { std::any::type_name::<T>() }
struct P { x: i32 }
enum E { A }
fn main() {
    let m: HashMap<i32, String> = HashMap::new();
    let s: HashSet<u8> = HashSet::new();
    let b: BTreeMap<i32, i32> = BTreeMap::new();
    let v: VecDeque<i32> = VecDeque::new();
    let r = Rc::new(RefCell::new(vec![1]));
    println!("{}\n{}\n{}\n{}\n{}", t(&m), t(&s), t(&b), t(&v), t(&r));
    println!("{}", t(&(1, 2.0, 'c', true, "s", [1u8; 2], &[1, 2][..])));
    println!("{} {}", t(&P { x: 1 }), t(&E::A));
    println!("{} {}", t(&Some(Box::new(1))), t(&Ok::<i32, String>(1)));
    let c = |x: i32| x;
    println!("{} {}", t(&c), t(&main));
    let d: Box<dyn Fn(i32) -> i32> = Box::new(c);
    println!("{}", t(&d));
    println!("{}", t(&std::cmp::Reverse(1)));
    println!("{}", t(&std::cmp::Ordering::Less));
    println!("{}", t(&"7".parse::<i32>()));
    println!("{}", t(&()));
}
