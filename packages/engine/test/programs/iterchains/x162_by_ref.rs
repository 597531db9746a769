fn main() {
    let v = vec![1, 2, 3, 4, 5, 6];
    let mut it = v.iter();
    let first: Vec<&i32> = it.by_ref().take(2).collect();
    let rest: i32 = it.sum();
    println!("{:?} {}", first, rest);
    let mut r = 0..10;
    for x in r.by_ref() { if x == 3 { break; } }
    println!("{:?}", r.next());
    let mut words = "a b c d".split(' ');
    let head: Vec<&str> = words.by_ref().take_while(|w| *w != "c").collect();
    println!("{:?} {:?}", head, words.collect::<Vec<_>>());
}
