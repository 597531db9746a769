fn main() {
    let raw = "   padded text \t\n";
    println!("[{}]", raw.trim());
    println!("[{}]", raw.trim_start());
    println!("[{}]", raw.trim_end());

    let price = "$$19.99$$";
    println!("{}", price.trim_matches('$'));
    println!("{}", price.trim_start_matches('$'));
    println!("{}", price.trim_end_matches('$'));

    let id = "000420";
    println!("{}", id.trim_start_matches('0'));

    let messy = "--==title==--";
    let clean = messy.trim_matches(|c| c == '-' || c == '=');
    println!("{}", clean);

    let lines = vec!["  alpha ", "beta   ", "   gamma"];
    let trimmed: Vec<&str> = lines.iter().map(|l| l.trim()).collect();
    println!("{:?}", trimmed);
}
