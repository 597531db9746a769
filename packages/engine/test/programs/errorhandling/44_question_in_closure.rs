fn main() {
    let lines = vec!["10", "20", "x", "40"];
    let mut total = 0;
    lines.iter().for_each(|s| {
        let n: i32 = s.parse()?;
        total += n;
    });
    println!("total = {}", total);
}
