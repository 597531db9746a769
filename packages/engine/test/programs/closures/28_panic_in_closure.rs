// A closure that unwraps: fine until the data is bad.
fn main() {
    let lines = vec!["10", "20", "x30", "40"];
    let mut total = 0;

    let mut add_line = |s: &str| {
        let n: i32 = s.parse().expect("every line should be a number");
        total += n;
        println!("added {}, running total {}", n, total);
    };

    for l in &lines {
        add_line(l);
    }
    println!("total = {}", total);
}
