use std::convert::TryFrom;

// TryFrom for validated construction.
#[derive(Debug)]
struct Percent(u8);

impl TryFrom<i32> for Percent {
    type Error = String;
    fn try_from(v: i32) -> Result<Self, Self::Error> {
        if (0..=100).contains(&v) {
            Ok(Percent(v as u8))
        } else {
            Err(format!("{} is not a percentage", v))
        }
    }
}

fn main() {
    for v in [42, 100, 101, -5] {
        match Percent::try_from(v) {
            Ok(p) => println!("ok {:?}", p),
            Err(e) => println!("error: {}", e),
        }
    }
    let p: Result<Percent, _> = 77.try_into();
    println!("{:?}", p);
}
