mod colors {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Color { Red, Green, Blue }
    pub fn all() -> [Color; 3] { [Color::Red, Color::Green, Color::Blue] }
}
fn main() {
    use colors::Color::*;
    for c in colors::all() {
        let name = match c {
            Red => "red",
            Green => "green",
            Blue => "blue",
        };
        println!("{:?} {}", c, name);
    }
}
