fn main() {
    let inputs = vec!["10", "20", "thirty", "40"];
    let mut sum = 0;
    for s in &inputs {
        println!("adding {}", s);
        let n: i32 = s.parse().unwrap(); // panics on "thirty"
        sum += n;
        println!("running total: {}", sum);
    }
    println!("final sum: {}", sum);
}
