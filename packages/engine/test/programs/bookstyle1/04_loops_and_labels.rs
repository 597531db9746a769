// Three kinds of loops, and loop labels.
fn main() {
    // `loop` can hand back a value with break.
    let mut attempts = 0;
    let found = loop {
        attempts += 1;
        if attempts * attempts > 50 {
            break attempts;
        }
    };
    println!("first square over 50 comes from {found}");

    // while with a countdown
    let mut fuel = 3;
    while fuel != 0 {
        println!("fuel left: {fuel}");
        fuel -= 1;
    }
    println!("LIFTOFF!");

    // for over a reversed range
    for lap in (1..=3).rev() {
        println!("lap {lap}");
    }

    // Labeled loops: break out of the outer one.
    let mut pairs = 0;
    'rows: for row in 0..5 {
        for col in 0..5 {
            if row + col > 4 {
                continue 'rows;
            }
            if row == 3 {
                break 'rows;
            }
            pairs += 1;
        }
    }
    println!("pairs counted: {pairs}");
}
