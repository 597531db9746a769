fn main() {
    let log_lines = vec![
        "status=200",
        "status=404",
        "status=abc",
        "garbage",
        "status=500",
    ];

    let codes: Vec<u16> = log_lines
        .iter()
        .filter_map(|line| line.strip_prefix("status="))
        .filter_map(|v| v.parse::<u16>().ok())
        .collect();
    println!("codes: {:?}", codes);

    let errors = codes.iter().filter(|&&c| c >= 400).count();
    println!("{} of {} requests failed", errors, codes.len());

    let first_err: Option<&u16> = codes.iter().find(|&&c| c >= 500);
    println!("first server error: {:?}", first_err);

    let as_result: Result<u16, _> = "status=xyz".strip_prefix("status=").unwrap().parse::<u16>();
    println!("as option: {:?}", as_result.ok());
}
