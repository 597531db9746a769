fn main() {
    let mut scores = vec![10, 20];
    let last = scores.last_mut().unwrap();
    scores.push(30);
    *last += 1;
    println!("{:?}", scores);
}
