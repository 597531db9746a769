// try_from_into: build a Color from a tuple, an array and a slice, rejecting bad values.
use std::convert::TryFrom;

#[derive(Debug, PartialEq)]
struct Color {
    red: u8,
    green: u8,
    blue: u8,
}

#[derive(Debug, PartialEq)]
enum IntoColorError {
    BadLen,
    IntConversion,
}

impl TryFrom<(i16, i16, i16)> for Color {
    type Error = IntoColorError;

    fn try_from(tuple: (i16, i16, i16)) -> Result<Self, Self::Error> {
        let (r, g, b) = tuple;
        let red = u8::try_from(r).map_err(|_| IntoColorError::IntConversion)?;
        let green = u8::try_from(g).map_err(|_| IntoColorError::IntConversion)?;
        let blue = u8::try_from(b).map_err(|_| IntoColorError::IntConversion)?;
        Ok(Color { red, green, blue })
    }
}

impl TryFrom<[i16; 3]> for Color {
    type Error = IntoColorError;

    fn try_from(arr: [i16; 3]) -> Result<Self, Self::Error> {
        Self::try_from((arr[0], arr[1], arr[2]))
    }
}

impl TryFrom<&[i16]> for Color {
    type Error = IntoColorError;

    fn try_from(slice: &[i16]) -> Result<Self, Self::Error> {
        if slice.len() != 3 {
            return Err(IntoColorError::BadLen);
        }
        Self::try_from((slice[0], slice[1], slice[2]))
    }
}

fn main() {
    println!("{:?}", Color::try_from((183, 65, 14)));
    println!("{:?}", Color::try_from((256, 1000, 10000)));
    println!("{:?}", Color::try_from([-10, 0, 0]));
    let c: Result<Color, _> = [183, 65, 14].try_into();
    println!("{:?}", c);
    let v = vec![183, 65, 14, 10];
    println!("{:?}", Color::try_from(&v[..]));
    println!("{:?}", Color::try_from(&v[..3]));
}
