// Printing the total of a comma-separated list of numbers.
fn print_total(line: &str) {
    let mut total = 0;
    for part in line.split(',') {
        let n: i32 = part.trim().parse()?;
        total += n;
    }
    println!("total = {}", total);
}

fn main() {
    print_total("1, 2, 3");
    print_total("4, five, 6");
}
