fn main() {
    let mut lines_read = 0;
    let data = ["alpha", "beta", "gamma"];

    let record = |line: &str| {
        lines_read += 1;
        println!("read {}: {}", lines_read, line);
    };

    for d in data.iter() {
        record(d);
    }
    println!("{} lines", lines_read);
}
