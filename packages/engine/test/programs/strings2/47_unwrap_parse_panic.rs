// unwrap on a failed parse panics (exit code 101).
fn main() {
    let ages = ["31", "27", "forty"];
    let mut total = 0;
    for a in ages {
        println!("parsing {:?}", a);
        let n: u32 = a.parse().unwrap();
        total += n;
        println!("running total {}", total);
    }
    println!("total {}", total);
}
