fn main() {
    let passwords = ["hunter2", "correct horse", "Tr0ub4dor&3", "abc"];

    for pw in passwords.iter() {
        let has_digit = pw.chars().any(|c| c.is_ascii_digit());
        let all_lower = pw.chars().all(|c| !c.is_ascii_uppercase());
        let long_enough = pw.len() >= 8;
        println!("{:>15}: digit={} lowercase={} long={}", pw, has_digit, all_lower, long_enough);
    }

    let first_short = passwords.iter().position(|p| p.len() < 5);
    println!("first short password at {:?}", first_short);

    let nums = [4, 7, 2, 7, 9, 7, 1];
    println!("first 7 at {:?}", nums.iter().position(|&n| n == 7));
    println!("last 7 at {:?}", nums.iter().rposition(|&n| n == 7));
    println!("first 100 at {:?}", nums.iter().position(|&n| n == 100));
}
