// structs1: classic, tuple and unit-like structs.
struct ColorRegularStruct {
    red: u8,
    green: u8,
    blue: u8,
}

struct ColorTupleStruct(u8, u8, u8);

#[derive(Debug)]
struct UnitStruct;

fn main() {
    let green = ColorRegularStruct { red: 0, green: 255, blue: 0 };
    println!("regular: ({}, {}, {})", green.red, green.green, green.blue);

    let teal = ColorTupleStruct(0, 128, 128);
    println!("tuple:   ({}, {}, {})", teal.0, teal.1, teal.2);

    let unit = UnitStruct;
    let message = format!("{unit:?}s are fun!");
    println!("{}", message);
}
