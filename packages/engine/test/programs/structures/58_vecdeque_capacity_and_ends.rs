use std::collections::VecDeque;
fn main() {
    let mut q: VecDeque<String> = VecDeque::new();
    println!("{} {} {}", std::mem::size_of::<VecDeque<String>>(), q.len(), q.capacity());
    for i in 0..5 { if i % 2 == 0 { q.push_back(format!("b{}", i)); } else { q.push_front(format!("f{}", i)); } println!("{:?} cap {}", q, q.capacity()); }
    let w: VecDeque<u8> = VecDeque::with_capacity(10);
    println!("{}", w.capacity());
    let mut d = VecDeque::from(vec![1, 2, 3]);
    d.rotate_right(1);
    for x in d.iter_mut() { *x *= 10; }
    for x in &d { print!("{} ", x); }
    println!();
    println!("{:?} {:?} {}", d.remove(1), d.remove(9), d[0]);
    let total: i32 = d.into_iter().sum();
    println!("{}", total);
    while let Some(s) = q.pop_back() { println!("popped {}", s); }
}
