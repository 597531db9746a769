use std::fmt;

#[derive(Debug)]
struct Fraction {
    num: i32,
    den: i32,
}

// Display is for users; Debug (derived) is for programmers.
impl fmt::Display for Fraction {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.den == 1 {
            write!(f, "{}", self.num)
        } else {
            write!(f, "{}/{}", self.num, self.den)
        }
    }
}

#[derive(Debug)]
enum Shape {
    Circle { radius: f64 },
    Square(f64),
}

fn main() {
    let half = Fraction { num: 1, den: 2 };
    let three = Fraction { num: 3, den: 1 };

    println!("Display: {} and {}", half, three);
    println!("Debug:   {:?} and {:?}", half, three);
    println!("Pretty:\n{:#?}", half);

    // Display lets us use to_string and width/alignment.
    let s = half.to_string();
    println!("as string: '{}' (len {})", s, s.len());
    println!("[{:>6}] [{:<6}] [{:^6}]", half.to_string(), three.to_string(), "x");

    let shapes = vec![Shape::Circle { radius: 1.5 }, Shape::Square(2.0)];
    println!("{:?}", shapes);
    println!("{:#?}", shapes[1]);
}
