fn main() {
    let mut visitors = 0;
    let mut arrive = || visitors += 1;

    arrive();
    arrive();
    println!("visitors so far: {}", visitors);
    arrive();

    println!("total visitors: {}", visitors);
}
