use std::iter;
fn main() {
    let mut n = 0;
    let counter = std::iter::from_fn(|| { n += 1; if n <= 3 { Some(n * 10) } else { None } });
    let v: Vec<i32> = counter.collect();
    println!("{:?}", v);
    let powers: Vec<u64> = iter::successors(Some(1u64), |&x| if x < 500 { Some(x * 3) } else { None }).collect();
    println!("{:?}", powers);
    let dashes: String = iter::repeat("-").take(5).collect();
    println!("{}", dashes);
    let words: Vec<String> = iter::repeat(String::from("ab")).take(2).collect();
    let all: Vec<i32> = iter::once(1).chain(vec![2, 3]).chain(iter::empty()).collect();
    println!("{:?} {:?}", words, all);
}
