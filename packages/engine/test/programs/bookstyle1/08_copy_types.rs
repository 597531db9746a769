// Types made only of Copy parts are copied, not moved.
#[derive(Debug, Clone, Copy)]
struct Pixel {
    x: i32,
    y: i32,
}

fn shift_right(mut p: Pixel) -> Pixel {
    p.x += 10;
    p
}

fn main() {
    let a = Pixel { x: 1, y: 2 };
    let b = shift_right(a);
    // `a` is still valid because Pixel is Copy.
    println!("a = {:?}, b = {:?}", a, b);

    let pair = (3.5, 'z');
    let other = pair;
    println!("pair {:?} other {:?}", pair, other);

    let flags = [true, false, true];
    let flags_copy = flags;
    println!("{} {}", flags[0], flags_copy.len());

    let ch = 'R';
    let ok = true;
    let count: u64 = 9;
    let (c2, ok2, count2) = (ch, ok, count);
    println!("{ch}{c2} {ok}{ok2} {count}{count2}");
}
