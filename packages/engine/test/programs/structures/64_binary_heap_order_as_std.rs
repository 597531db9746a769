use std::collections::BinaryHeap;
use std::cmp::Reverse;
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Task { pri: u32, name: String }
fn main() {
    let mut h = BinaryHeap::new();
    for x in [5, 1, 8, 3, 9, 2, 7, 4, 6, 0] { h.push(x); println!("{:?}", h); }
    println!("{:?} {} {}", h.peek(), h.len(), h.capacity());
    while let Some(x) = h.pop() { print!("{} ", x); if x == 4 { println!("\n{:?}", h); } }
    println!();
    let mut mins = BinaryHeap::new();
    for x in [5, 1, 8, 3] { mins.push(Reverse(x)); }
    println!("{:?}", mins);
    if let Some(Reverse(m)) = mins.pop() { println!("min {}", m); }
    let v = vec![3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
    let mut f = BinaryHeap::from(v);
    println!("{:?}", f);
    f.extend(vec![8, 9, 7]);
    println!("{:?}", f);
    f.extend(vec![100; 20]);
    println!("{:?}", f.len());
    let sorted = f.into_sorted_vec();
    println!("{:?}", &sorted[..5]);
    let mut tasks = BinaryHeap::new();
    tasks.push(Task { pri: 2, name: "write".into() });
    tasks.push(Task { pri: 5, name: "fix".into() });
    tasks.push(Task { pri: 1, name: "read".into() });
    while let Some(t) = tasks.pop() { println!("{} {}", t.pri, t.name); }
    let c: BinaryHeap<i32> = vec![2, 7, 1].into_iter().collect();
    println!("{:?} {:?}", c, c.iter().max());
}
