fn main() {
    let s1 = String::from("tic");
    let s2 = String::from("tac");
    let s3 = String::from("toe");

    // `+` takes ownership of s1 and borrows the rest
    let plus = s1 + "-" + &s2 + "-" + &s3;
    println!("with +      : {}", plus);

    // format! borrows everything
    let fmt = format!("{}-{}-{}", "tic", s2, s3);
    println!("with format!: {}", fmt);

    let parts = ["tic", "tac", "toe"];
    println!("concat      : {}", parts.concat());
    println!("join        : {}", parts.join("-"));
    println!("join spaces : {}", parts.join(" "));

    let line = "=".repeat(20);
    println!("{}", line);
    println!("{}", "ab".repeat(3));

    let words: Vec<String> = vec!["red".to_string(), "green".to_string(), "blue".to_string()];
    println!("colors: {}", words.join(", "));
}
