fn main() {
    let inputs = ["12", "7", "forty", "3"];
    let mut sum = 0;
    for text in inputs {
        let n: i32 = text.trim().parse().unwrap();
        sum += n;
        println!("read {}, running sum {}", n, sum);
    }
    println!("sum = {}", sum);
}
