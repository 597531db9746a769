// Primitives: tuples, tuple structs, destructuring and a transpose exercise.
use std::fmt;

fn reverse(pair: (i32, bool)) -> (bool, i32) {
    let (int_param, bool_param) = pair;
    (bool_param, int_param)
}

#[derive(Debug, Clone, Copy)]
struct Matrix(f32, f32, f32, f32);

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        writeln!(f, "( {} {} )", self.0, self.1)?;
        write!(f, "( {} {} )", self.2, self.3)
    }
}

fn transpose(m: Matrix) -> Matrix {
    Matrix(m.0, m.2, m.1, m.3)
}

fn main() {
    let long_tuple = (1u8, 2u16, 3u32, 4u64, -1i8, 0.1f32, 'a', true);
    println!("first: {}, second: {}", long_tuple.0, long_tuple.1);
    println!("last: {}", long_tuple.7);

    let nested = ((1u8, 2u16, 2u32), (4u64, -1i8), -2i16);
    println!("nested: {:?}", nested);
    println!("one element tuple: {:?}, just an integer: {:?}", (5u32,), (5u32));

    let pair = (1, true);
    println!("pair is {:?}, reversed is {:?}", pair, reverse(pair));

    let tuple = (1, "hello", 4.5, true);
    let (a, b, c, d) = tuple;
    println!("{:?}, {:?}, {:?}, {:?}", a, b, c, d);

    let matrix = Matrix(1.1, 1.2, 2.1, 2.2);
    println!("{:?}", matrix);
    println!("Matrix:\n{}", matrix);
    println!("Transpose:\n{}", transpose(matrix));
}
