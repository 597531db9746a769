// Conversion: implementing From gives Into for free.
use std::convert::From;

#[derive(Debug)]
struct Number {
    value: i32,
}

impl From<i32> for Number {
    fn from(item: i32) -> Self {
        Number { value: item }
    }
}

#[derive(Debug)]
struct Celsius(f64);
#[derive(Debug)]
struct Fahrenheit(f64);

impl From<Celsius> for Fahrenheit {
    fn from(c: Celsius) -> Self {
        Fahrenheit(c.0 * 9.0 / 5.0 + 32.0)
    }
}

fn describe<T: Into<Number>>(x: T) -> String {
    let n: Number = x.into();
    format!("Number with value {}", n.value)
}

fn main() {
    let my_str = "hello";
    let my_string = String::from(my_str);
    println!("{}", my_string);

    let num = Number::from(30);
    println!("My number is {:?}", num);

    let int = 5;
    let num: Number = int.into();
    println!("My number is {:?}", num);

    let boiling: Fahrenheit = Celsius(100.0).into();
    println!("{:?}", boiling);
    println!("{:?}", Fahrenheit::from(Celsius(-40.0)));
    println!("{}", describe(12));

    let wide: i64 = i64::from(7u8);
    let float: f64 = 3u8.into();
    println!("{} {}", wide, float);
}
