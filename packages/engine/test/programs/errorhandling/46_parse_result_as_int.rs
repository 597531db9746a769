fn main() {
    let inputs = ["12", "7", "30"];
    let mut total = 0;
    for s in inputs {
        let n: i32 = s.parse::<i32>();
        total += n;
    }
    println!("total = {}", total);
}
