use std::fmt;
use std::rc::Rc;
use std::cell::RefCell;
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Point { x: f64, y: f64 }

impl Point {
    pub const ORIGIN: Point = Point { x: 0.0, y: 0.0 };
    const fn new(x: f64, y: f64) -> Self { Self { x, y } }
    fn dist(&self, other: &Point) -> f64 { ((self.x - other.x).powi(2) + (self.y - other.y).powi(2)).sqrt() }
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({:.1}, {:.1})", self.x, self.y)
    }
}

trait Shape { fn area(&self) -> f64; fn name(&self) -> String { String::from("shape") } }
struct Circle { r: f64 }
impl Shape for Circle { fn area(&self) -> f64 { 3.14 * self.r * self.r } }

struct Wrapper<T>(T);
impl<T: fmt::Display> fmt::Display for Wrapper<T> where T: Clone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { write!(f, "[{}]", self.0) }
}

fn evens(limit: u32) -> impl Iterator<Item = u32> { (0..limit).filter(|n| n % 2 == 0) }
fn make_adder(n: i32) -> Box<dyn Fn(i32) -> i32> { Box::new(move |x| x + n) }
fn largest<T: PartialOrd + Copy>(list: &[T]) -> T { let mut m = list[0]; for &item in list { if item > m { m = item; } } m }

#[derive(Debug)]
enum Node { Leaf(i32), Branch(Box<Node>, Box<Node>) }
fn sum(n: &Node) -> i32 { match n { Node::Leaf(v) => *v, Node::Branch(l, r) => sum(l) + sum(r) } }

fn parse_num(s: &str) -> Result<i32, std::num::ParseIntError> { let n: i32 = s.trim().parse()?; Ok(n * 2) }

fn main() {
    let p = Point::new(1.0, 2.0);
    let q = Point { x: 3.0, ..p.clone() };
    println!("{} {} {:.2}", p, q, p.dist(&q));
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle { r: 1.0 })];
    for s in shapes.iter() { println!("{} {}", s.name(), s.area()); }
    let shared = Rc::new(RefCell::new(vec![1, 2, 3]));
    let other = Rc::clone(&shared);
    other.borrow_mut().push(4);
    println!("{:?} rc={}", shared.borrow(), Rc::strong_count(&shared));
    let mut counts: HashMap<String, usize> = HashMap::new();
    for w in "a b a".split_whitespace() { *counts.entry(w.to_string()).or_insert(0) += 1; }
    let add5 = make_adder(5);
    println!("{}", add5(10));
    let grid = [[0u8; 3]; 3];
    let (a, b) = (1, 2);
    let [c, d] = [3, 4];
    let total: u32 = evens(10).sum();
    let t = Node::Branch(Box::new(Node::Leaf(1)), Box::new(Node::Leaf(2)));
    let x = 7;
    let kind = match x { 1 | 2 => "small", 3..=5 => "mid", n if n > 10 => "big", _ => "other" };
    let mut stack = vec![1, 2, 3];
    while let Some(top) = stack.pop() { if top == 2 { continue; } }
    'outer: for i in 0..3 { for j in 0..3 { if i * j > 2 { break 'outer; } } }
    let r = &mut stack;
    r.push(9);
    let mut n = 5;
    let rn = &mut n;
    *rn += 1;
    let s = String::from("héllo");
    for (i, ch) in s.chars().enumerate() { if ch.is_alphabetic() && i > 0 { print!("{}", ch); } }
    println!();
    let words: Vec<&str> = s.split('l').collect();
    let lens = words.iter().map(|w| w.len()).collect::<Vec<usize>>();
    let maybe: Option<&i32> = stack.first();
    if let Some(&v) = maybe { println!("{v}"); } else { println!("none"); }
    match parse_num(" 21 ") { Ok(v) => println!("{}", v), Err(e) => eprintln!("{}", e) }
    let label = if total > 5 { "many" } else { "few" };
    let val = loop { break 42; };
    assert_eq!(largest(&[1, 5, 3]), 5, "largest of {:?}", [1, 5, 3]);
    let tuple = ((1, 2), 3);
    let inner = tuple.0.1;
    let neg = -x;
    let cast = x as f64 / 2.0;
    let closure = |a: i32, b: i32| -> i32 { a * b };
    let _ = closure(2, 3);
    std::mem::drop(stack);
    println!("{} {} {} {} {:?} {} {} {} {} {} {:?} {} {} {:?}", a, b, c, d, grid, kind, label, val, inner, neg, lens, cast, sum(&t), counts);
}
