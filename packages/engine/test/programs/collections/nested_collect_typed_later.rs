fn main() {
    let cells = "12\n34".lines().map(|l| l.bytes().collect()).collect();
    let v: Vec<Vec<u8>> = cells;
    println!("{:?}", v);
}
