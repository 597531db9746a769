#[derive(Debug)]
struct Rgb(u8, u8, u8);

fn main() {
    let c = "#ff0000".parse::<Rgb>();
    println!("{:?}", c);
}
