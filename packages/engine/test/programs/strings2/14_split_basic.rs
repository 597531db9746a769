fn main() {
    let csv = "apple,banana,cherry";
    for fruit in csv.split(',') {
        println!("- {}", fruit);
    }

    let parts: Vec<&str> = "a,,b,".split(',').collect();
    println!("{:?} (len {})", parts, parts.len());

    let words: Vec<&str> = "  many   spaces here ".split_whitespace().collect();
    println!("{:?}", words);

    let by_space: Vec<&str> = "many   spaces".split(' ').collect();
    println!("{:?}", by_space);

    let by_str: Vec<&str> = "one::two::three".split("::").collect();
    println!("{:?}", by_str);

    let digits_split: Vec<&str> = "ab1cd22ef".split(|c: char| c.is_ascii_digit()).collect();
    println!("{:?}", digits_split);

    let multi: Vec<&str> = "x;y,z".split(&[';', ','][..]).collect();
    println!("{:?}", multi);
}
