fn main() {
    let lines: Vec<String> = "first line\nsecond\tline\n\"quoted\" line"
        .lines()
        .map(String::from)
        .collect();
    println!("{:?}", lines);
    println!("{:#?}", lines);
    let words: Vec<&str> = "a,b,,c".split(',').collect();
    println!("{:?}", words);
    let path = "C:\\Users\\ana";
    println!("{} {:?}", path, path);
    let raw = r"no \n escape";
    println!("{} {:?}", raw, raw);
    let bytes = "hi".as_bytes();
    println!("{:?}", bytes);
    println!("{:?}", b"ok\n");
}
