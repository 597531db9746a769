fn main() {
    let mut v = vec![5, 3, 8, 1, 9, 2, 7];
    v.sort_unstable_by(|a, b| b.cmp(a));
    println!("{:?}", v);
    v.sort_unstable_by_key(|x| x % 3);
    println!("{:?}", v);
    let tail = v.split_off(4);
    println!("{:?} {:?} {} {}", v, tail, v.capacity() >= 4, tail.capacity());
    if let Some((first, rest)) = tail.split_first() { println!("{} {:?}", first, rest); }
    if let Some((last, rest)) = v.split_last() { println!("{} {:?}", last, rest); }
    let mut w = [1, 2, 3, 4, 5, 6, 7];
    for c in w.chunks_mut(3) { c[0] *= 10; }
    println!("{:?}", w);
    for c in w.rchunks(3) { print!("{:?} ", c); }
    println!();
    for c in w.chunks_exact(2) { print!("{:?} ", c); }
    println!();
    w.rotate_left(2); println!("{:?}", w);
    w.rotate_right(3); println!("{:?}", w);
    let mut f = [0u8; 4]; f.fill(7); println!("{:?}", f);
    let pairs = [(1, "a"), (3, "c"), (5, "e")];
    println!("{:?} {:?}", pairs.binary_search_by_key(&3, |&(k, _)| k), pairs.binary_search_by(|p| p.0.cmp(&4)));
    let mut words = vec!["Apple", "apple", "BANANA", "banana", "cherry"];
    words.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
    println!("{:?} {}", words, "MiXeD".to_ascii_lowercase());
    let mut o: Option<Box<i32>> = Some(Box::new(4));
    if let Some(x) = o.as_deref_mut() { *x += 1; }
    println!("{:?}", o);
    if let Some((a, rest)) = w.split_first_mut() { *a = 0; rest[0] = 1; }
    println!("{:?}", w);
}
