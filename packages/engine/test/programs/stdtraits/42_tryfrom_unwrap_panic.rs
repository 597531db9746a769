use std::convert::TryFrom;

#[derive(Debug)]
struct Percentage(u8);

impl TryFrom<i32> for Percentage {
    type Error = String;
    fn try_from(v: i32) -> Result<Self, Self::Error> {
        if (0..=100).contains(&v) {
            Ok(Percentage(v as u8))
        } else {
            Err(format!("{} is not a valid percentage", v))
        }
    }
}

fn main() {
    let scores = [45, 100, 0, 73, 130, 12];
    for s in scores {
        let p = Percentage::try_from(s).unwrap();
        println!("{}%", p.0);
    }
    println!("all done");
}
