// Destructuring enums and references: &, *, ref and ref mut.
#[allow(dead_code)]
enum Color {
    Red,
    Blue,
    Green,
    RGB(u32, u32, u32),
    HSV(u32, u32, u32),
    CMYK(u32, u32, u32, u32),
}

fn show(color: Color) {
    match color {
        Color::Red => println!("The color is Red!"),
        Color::Blue => println!("The color is Blue!"),
        Color::Green => println!("The color is Green!"),
        Color::RGB(r, g, b) => println!("R {}, G {}, B {}", r, g, b),
        Color::HSV(h, s, v) => println!("H {}, S {}, V {}", h, s, v),
        Color::CMYK(c, m, y, k) => println!("C {}, M {}, Y {}, K {}", c, m, y, k),
    }
}

fn main() {
    show(Color::RGB(122, 17, 40));
    show(Color::Green);
    show(Color::CMYK(0, 50, 100, 10));

    let reference = &4;
    match reference {
        &val => println!("Got a value via destructuring: {:?}", val),
    }
    match *reference {
        val => println!("Got a value via dereferencing: {:?}", val),
    }

    let _not_a_reference = 3;
    let ref _is_a_reference = 3;

    let value = 5;
    let mut mut_value = 6;
    match value {
        ref r => println!("Got a reference to a value: {:?}", r),
    }
    match mut_value {
        ref mut m => {
            *m += 10;
            println!("We added 10. `mut_value`: {:?}", m);
        }
    }
    println!("mut_value is now {}", mut_value);
}
