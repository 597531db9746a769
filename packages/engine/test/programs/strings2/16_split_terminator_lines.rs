fn main() {
    let stmts = "let a;let b;let c;";
    let with_split: Vec<&str> = stmts.split(';').collect();
    let with_term: Vec<&str> = stmts.split_terminator(';').collect();
    println!("split:            {:?}", with_split);
    println!("split_terminator: {:?}", with_term);

    let poem = "Roses are red\nViolets are blue\r\nRust is fast\n";
    for (n, line) in poem.lines().enumerate() {
        println!("{}: {:?}", n + 1, line);
    }
    println!("line count = {}", poem.lines().count());

    let with_blank = "first\n\nthird";
    let non_empty: Vec<&str> = with_blank.lines().filter(|l| !l.is_empty()).collect();
    println!("{:?}", non_empty);
}
