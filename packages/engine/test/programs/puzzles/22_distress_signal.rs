use std::cmp::Ordering;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Packet {
    Int(u32),
    List(Vec<Packet>),
}

fn parse(chars: &[char], pos: &mut usize) -> Packet {
    if chars[*pos] == '[' {
        *pos += 1;
        let mut items = Vec::new();
        while chars[*pos] != ']' {
            items.push(parse(chars, pos));
            if chars[*pos] == ',' {
                *pos += 1;
            }
        }
        *pos += 1;
        Packet::List(items)
    } else {
        let mut n = 0;
        while chars[*pos].is_ascii_digit() {
            n = n * 10 + chars[*pos].to_digit(10).unwrap();
            *pos += 1;
        }
        Packet::Int(n)
    }
}

fn compare(a: &Packet, b: &Packet) -> Ordering {
    match (a, b) {
        (Packet::Int(x), Packet::Int(y)) => x.cmp(y),
        (Packet::List(xs), Packet::List(ys)) => {
            for (x, y) in xs.iter().zip(ys.iter()) {
                let o = compare(x, y);
                if o != Ordering::Equal {
                    return o;
                }
            }
            xs.len().cmp(&ys.len())
        }
        (Packet::Int(x), list) => compare(&Packet::List(vec![Packet::Int(*x)]), list),
        (list, Packet::Int(y)) => compare(list, &Packet::List(vec![Packet::Int(*y)])),
    }
}

fn main() {
    let input = "[1,1,3,1,1]\n[1,1,5,1,1]\n\n[[1],[2,3,4]]\n[[1],4]\n\n[9]\n[[8,7,6]]\n\n[[4,4],4,4]\n[[4,4],4,4,4]";
    let mut packets = Vec::new();
    for line in input.lines().filter(|l| !l.is_empty()) {
        let chars: Vec<char> = line.chars().collect();
        let mut pos = 0;
        packets.push(parse(&chars, &mut pos));
    }

    let mut sum = 0;
    for (i, pair) in packets.chunks(2).enumerate() {
        let ord = compare(&pair[0], &pair[1]);
        println!("pair {}: {:?}", i + 1, ord);
        if ord == Ordering::Less {
            sum += i + 1;
        }
    }
    println!("Part 1: {}", sum);

    let d1 = Packet::List(vec![Packet::List(vec![Packet::Int(2)])]);
    let d2 = Packet::List(vec![Packet::List(vec![Packet::Int(6)])]);
    packets.push(d1.clone());
    packets.push(d2.clone());
    packets.sort_by(compare);
    let a = packets.iter().position(|p| *p == d1).unwrap() + 1;
    let b = packets.iter().position(|p| *p == d2).unwrap() + 1;
    println!("Part 2: {}", a * b);
}
