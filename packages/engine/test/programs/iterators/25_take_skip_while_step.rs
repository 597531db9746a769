fn main() {
    let log_lines = [
        "# header",
        "# version 2",
        "INFO start",
        "WARN disk 91%",
        "INFO tick",
        "ERROR crash",
        "INFO restart",
    ];

    let body: Vec<&str> = log_lines.iter().skip_while(|l| l.starts_with('#')).copied().collect();
    println!("body has {} lines", body.len());

    let before_error: Vec<&&str> = body.iter().take_while(|l| !l.starts_with("ERROR")).collect();
    println!("before first error: {:?}", before_error);

    let every_third: Vec<u32> = (0..20).step_by(3).collect();
    println!("every third: {:?}", every_third);

    let evens_desc: Vec<i32> = (0..=10).rev().step_by(2).collect();
    println!("{:?}", evens_desc);

    let last_two: Vec<_> = log_lines.iter().skip(log_lines.len() - 2).collect();
    println!("last two: {:?}", last_two);
}
