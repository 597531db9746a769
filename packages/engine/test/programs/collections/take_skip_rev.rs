fn main() {
    let v = vec![1, 2, 3, 4, 5];
    let a: Vec<&i32> = v.iter().take(2).rev().collect();
    let b: Vec<&i32> = v.iter().rev().take(2).rev().collect();
    let c: Vec<i32> = v.iter().skip(2).rev().copied().collect();
    let d: Vec<i32> = (1..11).skip(3).take(4).rev().collect();
    let mut e = v.iter().take(4);
    println!("{:?} {:?} {:?} {:?}", a, b, c, d);
    println!("{:?} {:?} {:?}", e.next_back(), e.next(), e.next_back());
    let words = vec!["a".to_string(), "b".to_string(), "c".to_string()];
    let last_two: Vec<String> = words.into_iter().skip(1).rev().collect();
    println!("{:?}", last_two);
}
